using Microsoft.EntityFrameworkCore;
using Semillero.Data;
using Semillero.Matching;
using Semillero.Privacy;
using Semillero.Skills;
using Semillero.Vacancies;

namespace Semillero.Demo;

// The run command's matching demo: talent profiles, declared skills and the visible_empleadores
// consent for most of the demo learners who are learning (SeedDemoLearning's, whose badges follow
// in the background and become their verified skills) and a few others. Only into an empty
// talent_profiles table; the same seed gives the same demo.
public sealed class SeedDemoTalent(SemilleroDb db, Consents consents, TimeProvider clock)
{
    // SeedDemoLearning gives learning to the first 600 demo learners (in id order).
    public const int Learning = 600;

    public async Task<bool> IsEmptyAsync(CancellationToken ct) => !await db.TalentProfiles.AnyAsync(ct);

    public async Task<int> RunAsync(int seed, CancellationToken ct)
    {
        if (!await IsEmptyAsync(ct))
        {
            return 0;
        }

        var people = await db.Learners.AsNoTracking().Where(l => l.RegisteredBy == SeedDemoLearners.SeededBy && l.AnonymizedAt == null)
            .OrderBy(l => l.Id).Select(l => l.Id).Take(Learning * 4).ToListAsync(ct);
        var random = new Random(seed);
        // Popular skills first: what the demo paths grant, then the rest of the list.
        var popular = await db.PathSkills.AsNoTracking().Select(s => s.SkillId).Distinct().OrderBy(s => s).ToListAsync(ct);
        var others = SkillCatalog.All.Select(s => s.Id).Where(s => !popular.Contains(s)).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        var aliases = new HashSet<string>(StringComparer.Ordinal);
        var created = 0;
        for (var i = 0; i < people.Count; i++)
        {
            var learning = i < Learning;
            // The demo learner account's person (the first) is visible, to try the pages with.
            if (i > 0 && random.Next(100) >= (learning ? 70 : 10))
            {
                continue;
            }

            string alias;
            do
            {
                alias = TalentAliases.New();
            }
            while (!aliases.Add(alias));

            var profile = new TalentProfile
            {
                LearnerId = people[i],
                Alias = alias,
                Availability = (Availability)(1 + random.Next(3)),
                AcceptsPresencial = random.Next(10) < 7,
                AcceptsHibrido = random.Next(10) < 8,
                AcceptsRemoto = random.Next(10) < 8,
                CreatedAt = now,
                UpdatedAt = now,
            };
            if (!profile.AcceptsPresencial && !profile.AcceptsHibrido && !profile.AcceptsRemoto)
            {
                profile.AcceptsRemoto = true;
            }

            var count = 1 + random.Next(5);
            var chosen = new HashSet<string>(StringComparer.Ordinal);
            while (chosen.Count < count)
            {
                chosen.Add(random.Next(3) < 2 && popular.Count > 0 ? popular[random.Next(popular.Count)] : others[random.Next(others.Count)]);
            }

            profile.Skills.AddRange(chosen.Select(s => new DeclaredSkill { LearnerId = people[i], SkillId = s, Level = (SkillLevel)(1 + random.Next(3)) }));
            db.TalentProfiles.Add(profile);
            consents.Record(people[i], [new(Purposes.VisibleEmpleadores, true)], "demo");
            created++;
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return created;
    }
}
