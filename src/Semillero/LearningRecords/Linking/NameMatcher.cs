using System.Globalization;
using System.Text;

namespace Semillero.LearningRecords.Linking;

// Whether the name a provider sent for an actor is the learner's registered name. Accents, case,
// punctuation and word order do not matter ("LÓPEZ PÉREZ, Ana María" is "Ana Maria Lopez Perez");
// a missing or extra word does (one surname only is not enough to hand someone's records over).
// Pure functions.
public static class NameMatcher
{
    public static bool Same(string? providerName, string givenNames, string firstSurname, string? secondSurname)
    {
        var sent = Words(providerName);
        return sent.Count > 0 && sent.SequenceEqual(Words($"{givenNames} {firstSurname} {secondSurname}"), StringComparer.Ordinal);
    }

    // The name's words without accents, upper case, sorted: two names are the same person's name
    // when their word lists are equal.
    public static IReadOnlyList<string> Words(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return [];
        }

        var text = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                continue;
            }

            text.Append(char.IsLetter(c) ? char.ToUpperInvariant(c) : ' ');
        }

        return text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal).ToList();
    }
}
