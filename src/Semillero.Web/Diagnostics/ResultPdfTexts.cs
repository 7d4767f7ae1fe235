namespace Semillero.Web.Diagnostics;

// The words the result PDF adds itself: headings, column heads and captions. The result's own
// texts (title, level, recommendations, method) come in the input, already in its language.
public sealed class ResultPdfTexts
{
    public static ResultPdfTexts For(bool english) => english ? En : Es;

    // The document's Subject: {0} the company, {1} its RFC.
    public required string Subject { get; init; }

    public required string Rfc { get; init; }

    public required string Submitted { get; init; }

    public required string Overall { get; init; }

    public required string Level { get; init; }

    public required string Profile { get; init; }

    public required string Current { get; init; }

    public required string Scores { get; init; }

    public required string Dimension { get; init; }

    public required string Score { get; init; }

    public required string Previous { get; init; }

    public required string PreviousLegend { get; init; }

    public required string Peers { get; init; }

    public required string Spread { get; init; }

    public required string Recommendations { get; init; }

    public required string RecommendationsLead { get; init; }

    public required string Method { get; init; }

    public required string Footer { get; init; }

    // {0} this page, {1} the pages.
    public required string Page { get; init; }

    public static ResultPdfTexts Es { get; } = new()
    {
        Subject = "Diagnóstico de madurez en IA de {0} ({1})",
        Rfc = "RFC",
        Submitted = "Fecha de respuesta",
        Overall = "Puntaje general",
        Level = "Nivel",
        Profile = "Perfil por dimensión",
        Current = "Este diagnóstico",
        Scores = "Puntajes por dimensión",
        Dimension = "Dimensión",
        Score = "Puntaje",
        Previous = "T0",
        PreviousLegend = "Diagnóstico inicial (T0)",
        Peers = "Pares",
        Spread = "Dispersión",
        Recommendations = "Recomendaciones",
        RecommendationsLead = "Las tres dimensiones con menor puntaje y las rutas de aprendizaje sugeridas para cada una.",
        Method = "Metodología",
        Footer = "Consulte este resultado en línea:",
        Page = "Página {0} de {1}",
    };

    public static ResultPdfTexts En { get; } = new()
    {
        Subject = "AI maturity assessment of {0} ({1})",
        Rfc = "RFC",
        Submitted = "Submitted",
        Overall = "Overall score",
        Level = "Level",
        Profile = "Profile by dimension",
        Current = "This assessment",
        Scores = "Scores by dimension",
        Dimension = "Dimension",
        Score = "Score",
        Previous = "T0",
        PreviousLegend = "Baseline assessment (T0)",
        Peers = "Peers",
        Spread = "Spread",
        Recommendations = "Recommendations",
        RecommendationsLead = "The three lowest-scoring dimensions and the learning paths suggested for each.",
        Method = "Method",
        Footer = "See this result online:",
        Page = "Page {0} of {1}",
    };
}
