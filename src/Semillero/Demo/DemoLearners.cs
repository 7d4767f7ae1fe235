using System.Globalization;
using System.Text;
using Semillero.Geography;
using Semillero.Identity;

namespace Semillero.Demo;

// Deterministic synthetic learners: same (count, seed, today) → same rows, on any machine.
public static class DemoLearners
{
    public const int MinAge = 16;
    public const int MaxAge = 65;

    public static IReadOnlyList<string> Segmentos { get; } =
        ["estudiante", "empleado", "emprendedor", "pyme", "academia", "inversionista", "sin_empleo", "otro"];

    // RFC 2606 reserved domains: these can never be a real mailbox.
    private static readonly string[] Domains = ["example.com", "example.org", "example.net"];

    private static readonly WeightedTable<string> FemaleNames = WeightedTable<string>.ByRank(DemoNames.Female);
    private static readonly WeightedTable<string> MaleNames = WeightedTable<string>.ByRank(DemoNames.Male);
    private static readonly WeightedTable<string> Surnames = WeightedTable<string>.ByRank(DemoNames.Surnames);

    // Residence in proportion to the 2020 census.
    private static readonly WeightedTable<Entidad> States =
        new([.. Entidades.All], [.. Entidades.All.Select(e => (double)e.Poblacion2020)]);

    // Skilling programmes skew young: about 60% are under 30.
    private static readonly WeightedTable<(int From, int To)> AgeBands = new(
        [(16, 17), (18, 24), (25, 29), (30, 34), (35, 44), (45, 54), (55, 65)],
        [6, 34, 19, 13, 16, 8, 4]);

    // Segment mix by age band: students dominate the youngest, employees and businesses the older.
    private static readonly WeightedTable<string> SegmentsUnder23 = new([.. Segmentos], [60, 12, 5, 1, 1, 1, 12, 8]);
    private static readonly WeightedTable<string> Segments23To34 = new([.. Segmentos], [12, 40, 12, 8, 6, 2, 12, 8]);
    private static readonly WeightedTable<string> Segments35Plus = new([.. Segmentos], [3, 42, 14, 14, 7, 3, 10, 7]);

    public static IEnumerable<DemoLearner> Generate(int count, int seed, DateOnly today)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return Iterate(count, seed, today);
    }

    private static IEnumerable<DemoLearner> Iterate(int count, int seed, DateOnly today)
    {
        var random = new Random(seed);
        var curps = new HashSet<string>(count, StringComparer.Ordinal);
        var emails = new HashSet<string>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            yield return Next(random, today, curps, emails);
        }
    }

    private static DemoLearner Next(Random random, DateOnly today, HashSet<string> curps, HashSet<string> emails)
    {
        while (true)
        {
            var roll = random.NextDouble();
            var sex = roll < 0.01 ? Sex.X : roll < 0.505 ? Sex.M : Sex.H;
            var names = sex switch
            {
                Sex.M => FemaleNames,
                Sex.H => MaleNames,
                _ => random.Next(2) == 0 ? FemaleNames : MaleNames,
            };
            var nombre = names.Draw(random);
            var primerApellido = Surnames.Draw(random);
            string? segundoApellido = random.NextDouble() < 0.03 ? null : Surnames.Draw(random);

            var residence = States.Draw(random);
            var birthState = BirthState(random, residence);

            var (from, to) = AgeBands.Draw(random);
            var age = random.Next(from, to + 1);

            // Someone aged `age` today was born between (today - age - 1 years, today - age years].
            var latest = today.AddYears(-age);
            var earliest = today.AddYears(-age - 1).AddDays(1);
            var birthDate = earliest.AddDays(random.Next(latest.DayNumber - earliest.DayNumber + 1));

            var curp = UniqueCurp(nombre, primerApellido, segundoApellido, birthDate, sex, birthState, curps);
            if (curp is null)
            {
                continue;
            }

            var segments = age < 23 ? SegmentsUnder23 : age < 35 ? Segments23To34 : Segments35Plus;
            var correo = UniqueEmail(random, nombre, primerApellido, segundoApellido, birthDate, emails);
            return new DemoLearner(curp, nombre, primerApellido, segundoApellido, correo, residence.Clave, segments.Draw(random))
            {
                FechaNacimiento = birthDate,
                Sexo = sex,
            };
        }
    }

    // ~85% born in the state they live in, ~13% migrated from another, ~2% born abroad (NE).
    private static string BirthState(Random random, Entidad residence)
    {
        var roll = random.NextDouble();
        if (roll < 0.85)
        {
            return residence.CurpCode;
        }

        if (roll >= 0.98)
        {
            return Curp.BornAbroadStateCode;
        }

        Entidad other;
        do
        {
            other = States.Draw(random);
        }
        while (other.Clave == residence.Clave);

        return other.CurpCode;
    }

    // RENAPO tells homonyms apart with the differentiator (position 17): try the next one until free.
    private static string? UniqueCurp(string nombre, string primer, string? segundo, DateOnly birthDate, Sex sex, string state, HashSet<string> taken)
    {
        var (first, last) = birthDate.Year >= 2000 ? ('A', 'Z') : ('0', '9');
        for (var d = first; d <= last; d++)
        {
            var value = Curp.Compose(nombre, primer, segundo, birthDate, sex, state, d).Value;
            if (taken.Add(value))
            {
                return value;
            }
        }

        return null;
    }

    private static string UniqueEmail(Random random, string nombre, string primer, string? segundo, DateOnly birthDate, HashSet<string> taken)
    {
        var given = Ascii(nombre.Split(' ')[0]);
        var surname = Ascii(primer);
        var second = segundo is null ? string.Empty : Ascii(segundo);
        var local = random.Next(4) switch
        {
            0 => $"{given}.{surname}",
            1 => $"{given}{surname}",
            2 => $"{given[0]}{surname}{second}",
            _ => $"{given}_{surname}",
        };

        var suffix = random.Next(3) switch
        {
            0 => (birthDate.Year % 100).ToString("00", CultureInfo.InvariantCulture),
            1 => birthDate.Year.ToString(CultureInfo.InvariantCulture),
            _ => random.Next(1, 1000).ToString(CultureInfo.InvariantCulture),
        };

        var domain = Domains[random.Next(10) switch { < 5 => 0, < 8 => 1, _ => 2 }];
        var email = $"{local}{suffix}@{domain}";
        while (!taken.Add(email))
        {
            suffix += random.Next(10).ToString(CultureInfo.InvariantCulture);
            email = $"{local}{suffix}@{domain}";
        }

        return email;
    }

    // Lower-case ASCII letters only: accents dropped, ñ → n, spaces and particles' apostrophes removed.
    private static string Ascii(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (char.IsAsciiLetter(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }

    // Cumulative-weight table sampled by binary search (O(log n) per draw, needed for 100k-row files).
    private sealed class WeightedTable<T>
    {
        private readonly T[] _items;
        private readonly double[] _cumulative;

        public WeightedTable(T[] items, double[] weights)
        {
            if (items.Length == 0 || items.Length != weights.Length)
            {
                throw new ArgumentException("Each item needs exactly one weight.", nameof(weights));
            }

            _items = items;
            _cumulative = new double[weights.Length];
            var total = 0.0;
            for (var i = 0; i < weights.Length; i++)
            {
                total += weights[i];
                _cumulative[i] = total;
            }
        }

        // Zipf-like weights by rank (1/(rank+10)): the head is common without drowning the tail.
        public static WeightedTable<T> ByRank(T[] items) =>
            new(items, [.. Enumerable.Range(0, items.Length).Select(i => 1.0 / (i + 10))]);

        public T Draw(Random random)
        {
            var target = random.NextDouble() * _cumulative[^1];
            var index = Array.BinarySearch(_cumulative, target);
            return _items[index < 0 ? Math.Min(~index, _items.Length - 1) : index];
        }
    }
}
