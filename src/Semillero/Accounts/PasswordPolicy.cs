using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Semillero.Access;

namespace Semillero.Accounts;

public enum PasswordWeakness
{
    None,
    Common,
    Pattern,
    Personal,
}

// What the password must not be, beyond its length. NIST SP 800-63B (5.1.1.2) asks verifiers to
// refuse passwords found in lists of commonly used or breached values, repetitive or sequential
// characters, and context-specific words such as the person's name — instead of composition rules.
public static class PasswordPolicy
{
    // A piece of the name or email shorter than this is not looked for ("Ana" would refuse
    // "bananas…").
    private const int MinPersonalPiece = 4;

    // A password made only of runs this long or longer along one of the lines is a sequence.
    private const int MinRun = 3;

    // Runs are read forwards and backwards along each line; "ñ" sits after "l" on Spanish keyboards.
    private static readonly string[] Lines =
    [
        "0123456789",
        "1234567890",
        "abcdefghijklmnopqrstuvwxyz",
        "qwertyuiop",
        "asdfghjklñ",
        "zxcvbnm",
    ];

    public static PasswordWeakness Check(string password, string? email, string? name)
    {
        var lower = password.ToLowerInvariant();
        if (CommonPasswords.Contains(lower))
        {
            return PasswordWeakness.Common;
        }

        if (IsRepetition(lower) || IsSequence(lower))
        {
            return PasswordWeakness.Pattern;
        }

        return ContainsPersonal(password, email, name) ? PasswordWeakness.Personal : PasswordWeakness.None;
    }

    // One short block said again and again: "aaaaaaaaaa", "1212121212", "qwertyqwerty", "abcabcabca".
    private static bool IsRepetition(string s)
    {
        for (var period = 1; period <= s.Length / 2; period++)
        {
            var repeats = true;
            for (var i = period; i < s.Length && repeats; i++)
            {
                repeats = s[i] == s[i % period];
            }

            if (repeats)
            {
                return true;
            }
        }

        return false;
    }

    // Every character belongs to a run of at least MinRun neighbours on one line: "1234567890",
    // "abcdefghij", "qwertyuiop", "poiuytrewq", "asdfghjkl", "qwertyuiopasdfghjkl", "abc123def456".
    private static bool IsSequence(string s)
    {
        var i = 0;
        while (i < s.Length)
        {
            var longest = 1;
            foreach (var line in Lines)
            {
                longest = Math.Max(longest, Math.Max(RunLength(s, i, line, +1), RunLength(s, i, line, -1)));
            }

            if (longest < MinRun)
            {
                return false;
            }

            i += longest;
        }

        return true;
    }

    private static int RunLength(string s, int start, string line, int step)
    {
        var length = 1;
        while (start + length < s.Length)
        {
            var at = line.IndexOf(s[start + length - 1], StringComparison.Ordinal);
            var next = at + step;
            if (at < 0 || next < 0 || next >= line.Length || line[next] != s[start + length])
            {
                break;
            }

            length++;
        }

        return length;
    }

    // The email's local part, its pieces ("juan.perez" → "juan", "perez") and the words of the name,
    // compared without case or accents ("José" is found in "jose2024…").
    private static bool ContainsPersonal(string password, string? email, string? name)
    {
        var plain = Plain(password);
        var local = email is null ? "" : email.Split('@')[0];
        var pieces = Words(local).Append(Plain(local)).Concat(Words(name ?? ""));
        return pieces.Any(p => p.Length >= MinPersonalPiece && plain.Contains(p, StringComparison.Ordinal));
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in Plain(text))
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(c);
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        words.Add(current.ToString());
        return words;
    }

    private static string Plain(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var plain = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                plain.Append(c);
            }
        }

        return plain.ToString();
    }

    // ReferenceData/contrasenas_comunes.txt: see ReferenceData/README.md for its source and license.
    // Loaded on first use.
    private static class CommonPasswords
    {
        private static readonly FrozenSet<string> All = Load();

        public static bool Contains(string lower) => All.Contains(lower);

        private static FrozenSet<string> Load()
        {
            const string name = "Semillero.ReferenceData.contrasenas_comunes.txt";
            using var stream = typeof(PasswordPolicy).Assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"Missing embedded reference file {name}.");
            using var reader = new StreamReader(stream);
            var passwords = new List<string>();
            while (reader.ReadLine() is { } line)
            {
                if (line.Length > 0)
                {
                    passwords.Add(line.ToLowerInvariant());
                }
            }

            return passwords.ToFrozenSet(StringComparer.Ordinal);
        }
    }
}

// Applies PasswordPolicy wherever Identity sets a password: registration, invitations, resets.
public sealed class PasswordPolicyValidator : IPasswordValidator<User>
{
    public const string CommonCode = "PasswordTooCommon";
    public const string PatternCode = "PasswordPattern";
    public const string PersonalCode = "PasswordPersonal";

    public Task<IdentityResult> ValidateAsync(UserManager<User> manager, User user, string? password)
    {
        // A too-short password already has its own message; one reason at a time.
        if (password is null || password.Length < manager.Options.Password.RequiredLength)
        {
            return Task.FromResult(IdentityResult.Success);
        }

        return Task.FromResult(PasswordPolicy.Check(password, user.Email, user.DisplayName) switch
        {
            PasswordWeakness.None => IdentityResult.Success,
            PasswordWeakness.Common => IdentityResult.Failed(new IdentityError { Code = CommonCode, Description = "The password is one of the most used." }),
            PasswordWeakness.Pattern => IdentityResult.Failed(new IdentityError { Code = PatternCode, Description = "The password is a sequence or a repetition." }),
            PasswordWeakness.Personal => IdentityResult.Failed(new IdentityError { Code = PersonalCode, Description = "The password contains the name or email." }),
            _ => throw new ArgumentOutOfRangeException(nameof(password)),
        });
    }
}
