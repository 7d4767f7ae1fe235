using System.Collections.Frozen;
using System.Text;

namespace Semillero.Identity;

// The letters RENAPO (CURP positions 1-4 and 14-16) and SAT (RFC positions 1-4) derive from a person's names.
public static class NameLetters
{
    // Prepositions, articles and conjunctions both instructivos skip inside names and surnames.
    private static readonly FrozenSet<string> Particles = new[]
    {
        "DA", "DAS", "DE", "DEL", "DER", "DI", "DIE", "DD", "EL", "LA", "LOS", "LAS", "LE", "LES",
        "MAC", "MC", "VAN", "VON", "Y",
    }.ToFrozenSet(StringComparer.Ordinal);

    // So common as a first given name that both authorities use the second one instead ("María Luisa" → L).
    // "MA." and "M." arrive here without the dot because dots separate words.
    private static readonly FrozenSet<string> SkippedFirstGivenNames = new[] { "JOSE", "J", "MARIA", "MA", "M" }
        .ToFrozenSet(StringComparer.Ordinal);

    public static string ForCurp(string nombre, string primerApellido, string? segundoApellido) =>
        CurpLetters(Select(nombre, primerApellido, segundoApellido, keepEnye: false));

    public static string InternalConsonants(string nombre, string primerApellido, string? segundoApellido) =>
        CurpConsonants(Select(nombre, primerApellido, segundoApellido, keepEnye: false));

    // SAT: Ñ is kept; short or missing surnames take two letters from elsewhere; an inconvenient word
    // gets its LAST letter replaced by X.
    public static string ForRfc(string nombre, string primerApellido, string? segundoApellido)
    {
        var words = Select(nombre, primerApellido, segundoApellido, keepEnye: true);
        string letters;
        if (words.Second is null)
        {
            // Regla 7: one surname → first two letters of it and of the given name.
            letters = FirstTwo(words.First) + FirstTwo(words.Given);
        }
        else if (words.First.Length <= 2)
        {
            // Regla 3: first surname of one or two letters → initial of each surname and two of the given name.
            letters = string.Concat(words.First.AsSpan(0, 1), words.Second.AsSpan(0, 1), FirstTwo(words.Given));
        }
        else
        {
            letters = new string([words.First[0], FirstVowelAfterInitial(words.First), words.Second[0], words.Given[0]]);
        }

        return IdentityReferenceData.RfcInconvenientWords.Contains(letters) ? letters[..3] + "X" : letters;
    }

    // Both halves of a CURP's name-derived characters from one pass over the names (Compose uses it).
    internal static (string Letters, string Consonants) ForCurpBoth(string nombre, string primerApellido, string? segundoApellido)
    {
        var words = Select(nombre, primerApellido, segundoApellido, keepEnye: false);
        return (CurpLetters(words), CurpConsonants(words));
    }

    private static string CurpLetters(SelectedWords words)
    {
        Span<char> letters =
        [
            words.First[0],
            FirstVowelAfterInitial(words.First),
            words.Second is null ? 'X' : words.Second[0],
            words.Given[0],
        ];
        var result = new string(letters);

        // RENAPO replaces the second letter of an inconvenient word with X.
        return IdentityReferenceData.CurpInconvenientWords.Contains(result) ? string.Concat(result.AsSpan(0, 1), "X", result.AsSpan(2)) : result;
    }

    private static string CurpConsonants(SelectedWords words) =>
        new([
            FirstConsonantAfterInitial(words.First),
            words.Second is null ? 'X' : FirstConsonantAfterInitial(words.Second),
            FirstConsonantAfterInitial(words.Given),
        ]);

    private static SelectedWords Select(string nombre, string primerApellido, string? segundoApellido, bool keepEnye)
    {
        ArgumentNullException.ThrowIfNull(nombre);
        ArgumentNullException.ThrowIfNull(primerApellido);
        var given = SelectWord(nombre, keepEnye, isGivenName: true)
            ?? throw new ArgumentException("The given name has no letters.", nameof(nombre));
        var first = SelectWord(primerApellido, keepEnye, isGivenName: false)
            ?? throw new ArgumentException("The first surname has no letters.", nameof(primerApellido));
        var second = segundoApellido is null ? null : SelectWord(segundoApellido, keepEnye, isGivenName: false);
        return new SelectedWords(given, first, second);
    }

    // Compound names use their first word that is not a particle ("De la Cruz" → CRUZ, "San Martín" → SAN);
    // a name made only of particles ("Del") falls back to its first word.
    private static string? SelectWord(string text, bool keepEnye, bool isGivenName)
    {
        var words = Words(text, keepEnye);
        if (words.Count == 0)
        {
            return null;
        }

        string? chosen = null;
        var kept = 0;
        foreach (var word in words)
        {
            if (Particles.Contains(word))
            {
                continue;
            }

            kept++;
            if (kept == 1)
            {
                chosen = word;
            }
            else if (kept == 2 && isGivenName && SkippedFirstGivenNames.Contains(chosen!))
            {
                return word;
            }
        }

        return chosen ?? words[0];
    }

    // Upper-case A-Z words without accents; Ñ is kept (RFC) or becomes X (CURP, which never contains Ñ).
    // Spaces, hyphens, dots, commas and slashes separate words; apostrophes and other symbols are dropped.
    private static List<string> Words(string text, bool keepEnye)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD).ToUpperInvariant();
        var sb = new StringBuilder(decomposed.Length);
        for (var i = 0; i < decomposed.Length; i++)
        {
            var c = decomposed[i];
            if (c is >= 'A' and <= 'Z')
            {
                if (c == 'N' && i + 1 < decomposed.Length && decomposed[i + 1] == '\u0303')
                {
                    sb.Append(keepEnye ? 'Ñ' : 'X');
                    i++;
                }
                else
                {
                    sb.Append(c);
                }
            }
            else if (char.IsWhiteSpace(c) || c is '-' or '.' or ',' or '/')
            {
                sb.Append(' ');
            }
        }

        return [.. sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)];
    }

    private static string FirstTwo(string word) => word.Length >= 2 ? word[..2] : word + "X";

    private static char FirstVowelAfterInitial(string word)
    {
        for (var i = 1; i < word.Length; i++)
        {
            if (IsVowel(word[i]))
            {
                return word[i];
            }
        }

        return 'X';
    }

    private static char FirstConsonantAfterInitial(string word)
    {
        for (var i = 1; i < word.Length; i++)
        {
            if (!IsVowel(word[i]))
            {
                return word[i] == 'Ñ' ? 'X' : word[i];
            }
        }

        return 'X';
    }

    private static bool IsVowel(char c) => c is 'A' or 'E' or 'I' or 'O' or 'U';

    private readonly record struct SelectedWords(string Given, string First, string? Second);
}
