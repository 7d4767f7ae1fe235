using System.Reflection;

namespace Semillero.Privacy;

// One published version of the aviso de privacidad: its number, date, the purposes it covers and
// its texts (integral and simplified, Spanish and English).
public sealed record PrivacyNotice(int Version, DateOnly PublishedOn, IReadOnlyList<string> PurposeCodes)
{
    public IEnumerable<Purpose> Purposes => PurposeCodes.Select(c => Privacy.Purposes.Find(c) ?? throw new InvalidOperationException($"unknown purpose {c}"));

    // kind: "integral" or "simplificado"; language: "es" or "en". Texts are Markdown embedded in the assembly.
    public string Text(string kind, string language)
    {
        var name = $"Semillero.Privacy.Notices.v{Version}.{kind}.{language}.md";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Missing notice text {name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

// The versions, newest last. Publishing a new notice is a new entry plus its four texts; consents
// keep the version they were given under, and learners are asked again for purposes they never
// answered.
public sealed class PrivacyNotices(IReadOnlyList<PrivacyNotice> versions)
{
    public static PrivacyNotices Published { get; } = new(
    [
        new PrivacyNotice(1, new DateOnly(2026, 11, 23), [Purposes.Operacion, Purposes.VisibleEmpleadores, Purposes.EncuestasSeguimiento, Purposes.CompartirSecretaria]),
        // Cohorts: enrolling shares the person's data with the cohort's organisation.
        new PrivacyNotice(2, new DateOnly(2026, 12, 7), [Purposes.Operacion, Purposes.VisibleEmpleadores, Purposes.EncuestasSeguimiento, Purposes.CompartirSecretaria, Purposes.CompartirConvocatorias]),
    ]);

    public IReadOnlyList<PrivacyNotice> Versions { get; } = versions;

    public PrivacyNotice Current => Versions[^1];

    public PrivacyNotice? Find(int version) => Versions.FirstOrDefault(v => v.Version == version);
}
