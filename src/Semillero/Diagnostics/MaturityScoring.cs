namespace Semillero.Diagnostics;

// One respondent's answers: question id → the chosen option's score (0–4). A question left blank is
// simply absent.
public sealed record RespondentAnswers(Guid RespondentId, IReadOnlyDictionary<string, int> Scores);

// A question's aggregate over the respondents who answered it.
public sealed record QuestionScore(string QuestionId, decimal? Median, int Answers, int? Lowest, int? Highest)
{
    public int? Spread => Highest - Lowest;
}

public sealed record DimensionScore(string DimensionId, int? Score, int? LowestRespondent, int? HighestRespondent, IReadOnlyList<QuestionScore> Questions)
{
    public bool Complete => Score is not null;
}

public sealed record MaturityResult(
    IReadOnlyList<DimensionScore> Dimensions,
    int? Overall,
    int? Level,
    bool AdvancedAi,
    IReadOnlyList<string> Unanswered)
{
    public bool Complete => Overall is not null;

    public DimensionScore Dimension(string id) => Dimensions.First(d => d.DimensionId == id);
}

// The diagnostic's scoring, written so anyone can recompute it with a calculator
// (docs/diagnostic.md): question = median of the respondents' answers; dimension = mean of its
// questions ÷ 4 × 100, rounded half away from zero; overall = mean of the rounded dimensions, rounded
// the same way; level by bands of 20; advanced AI use = level ≥ the rule's level and the rule's
// question ≥ its score. Pure: no clock, no database.
public static class MaturityScoring
{
    public static MaturityResult Score(QuestionBank bank, IReadOnlyList<RespondentAnswers> respondents)
    {
        ArgumentNullException.ThrowIfNull(bank);
        ArgumentNullException.ThrowIfNull(respondents);
        var dimensions = new List<DimensionScore>(bank.Dimensions.Count);
        var unanswered = new List<string>();
        foreach (var dimension in bank.Dimensions)
        {
            var questions = new List<QuestionScore>(dimension.Questions.Count);
            foreach (var question in dimension.Questions)
            {
                var answers = respondents
                    .Select(r => r.Scores.TryGetValue(question.Id, out var s) ? s : (int?)null)
                    .OfType<int>()
                    .Where(s => s is >= QuestionBanks.MinScore and <= QuestionBanks.MaxScore)
                    .ToList();
                questions.Add(answers.Count == 0
                    ? new QuestionScore(question.Id, null, 0, null, null)
                    : new QuestionScore(question.Id, Median(answers), answers.Count, answers.Min(), answers.Max()));
                if (answers.Count == 0)
                {
                    unanswered.Add(question.Id);
                }
            }

            int? score = questions.All(q => q.Median is not null)
                ? Percent(questions.Average(q => q.Median!.Value))
                : null;

            // The spread of a dimension: the lowest and highest score any one respondent's own answers
            // give it, counting only respondents who answered all its questions.
            var own = respondents
                .Where(r => dimension.Questions.All(q => r.Scores.ContainsKey(q.Id)))
                .Select(r => Percent(dimension.Questions.Average(q => (decimal)r.Scores[q.Id])))
                .ToList();
            dimensions.Add(new DimensionScore(dimension.Id, score, own.Count > 1 ? own.Min() : null, own.Count > 1 ? own.Max() : null, questions));
        }

        int? overall = dimensions.All(d => d.Score is not null)
            ? RoundHalfAway(dimensions.Average(d => (decimal)d.Score!.Value))
            : null;
        int? level = overall is { } o ? LevelOf(o) : null;
        var rule = bank.AdvancedUse;
        var ruleQuestion = dimensions.SelectMany(d => d.Questions).FirstOrDefault(q => q.QuestionId == rule.QuestionId);
        var advanced = level >= rule.MinLevel && ruleQuestion?.Median >= rule.MinScore;
        return new MaturityResult(dimensions, overall, level, advanced, unanswered);
    }

    // 0–19 → 0, 20–39 → 1, 40–59 → 2, 60–79 → 3, 80–100 → 4.
    public static int LevelOf(int overall) => Math.Clamp(overall / 20, 0, 4);

    // With an even number of answers, the mean of the two middle ones (so 2 and 3 give 2.5).
    public static decimal Median(IReadOnlyList<int> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            throw new ArgumentException("The median of no values is undefined.", nameof(values));
        }

        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2m;
    }

    // A mean of 0–4 question scores as 0–100.
    public static int Percent(decimal meanOfFour) => RoundHalfAway(meanOfFour / QuestionBanks.MaxScore * 100m);

    public static int RoundHalfAway(decimal value) => (int)Math.Round(value, 0, MidpointRounding.AwayFromZero);

    // The three weakest dimensions: lowest score first; ties keep the bank's order.
    public static IReadOnlyList<DimensionScore> Weakest(MaturityResult result, int count = 3)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Dimensions
            .Select((d, i) => (d, i))
            .Where(x => x.d.Score is not null)
            .OrderBy(x => x.d.Score)
            .ThenBy(x => x.i)
            .Take(count)
            .Select(x => x.d)
            .ToList();
    }
}
