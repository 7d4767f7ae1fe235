using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Semillero.Calendar;
using Semillero.Data;
using Semillero.Email;

namespace Semillero.Credits;

public sealed record ReminderPass(int Sent60, int Sent30)
{
    public int Sent => Sent60 + Sent30;
}

// Reminds a startup that its credits expire (docs/credits.md, "Expiry and reminders"): 60 and 30
// days before ExpiresOn of an award whose codes were delivered and not redeemed, one email to each
// of the company's accounts, Spanish and English, through the outbox. Each reminder is claimed by a
// conditional UPDATE of its column in the same transaction as its messages, so two hosts running
// the pass at once send it once. An award delivered with 30 days or less left gets only the 30-day
// reminder (its 60-day one is marked as past, not sent late).
public sealed class SendCreditReminders(SemilleroDb db, EmailOutbox outbox, IOptions<SiteOptions> site, TimeProvider clock)
{
    public const string EmailKind = "creditos-vencimiento";

    public async Task<ReminderPass> RunAsync(CancellationToken ct)
    {
        var today = ProgramCalendar.Today(clock);
        var horizon = today.AddDays(60);
        var due = await db.CreditAwards.AsNoTracking()
            .Where(a => a.DeliveredAt != null && a.RedeemedAt == null && a.ExpiresOn >= today && a.ExpiresOn <= horizon
                && (a.Reminder60SentAt == null || a.Reminder30SentAt == null))
            .OrderBy(a => a.ExpiresOn)
            .Select(a => new { a.Id, a.CompanyId, a.GrantedCents, a.ExpiresOn, a.Reminder60SentAt, a.Reminder30SentAt })
            .ToListAsync(ct);
        int sent60 = 0, sent30 = 0;
        foreach (var a in due)
        {
            var left = a.ExpiresOn.DayNumber - today.DayNumber;
            if (left <= 30 && a.Reminder30SentAt is null)
            {
                if (await SendAsync(a.Id, a.CompanyId, a.GrantedCents, a.ExpiresOn, 30, ct))
                {
                    sent30++;
                }
            }
            else if (left > 30 && a.Reminder60SentAt is null && await SendAsync(a.Id, a.CompanyId, a.GrantedCents, a.ExpiresOn, 60, ct))
            {
                sent60++;
            }
        }

        return new ReminderPass(sent60, sent30);
    }

    private async Task<bool> SendAsync(Guid awardId, Guid companyId, long cents, DateOnly expiresOn, int days, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var claimed = days == 60
            ? await db.CreditAwards.Where(a => a.Id == awardId && a.Reminder60SentAt == null).ExecuteUpdateAsync(s => s.SetProperty(a => a.Reminder60SentAt, now), ct)
            : await db.CreditAwards.Where(a => a.Id == awardId && a.Reminder30SentAt == null).ExecuteUpdateAsync(s => s.SetProperty(a => a.Reminder30SentAt, now), ct);
        if (claimed == 0)
        {
            await transaction.RollbackAsync(ct);
            return false;
        }

        if (days == 30)
        {
            // Past its moment: never sent after the 30-day one.
            await db.CreditAwards.Where(a => a.Id == awardId && a.Reminder60SentAt == null).ExecuteUpdateAsync(s => s.SetProperty(a => a.Reminder60SentAt, now), ct);
        }

        var company = await db.Companies.AsNoTracking().Where(c => c.Id == companyId).Select(c => c.TradeName).FirstAsync(ct);
        var addresses = await db.Users.AsNoTracking().Where(u => u.CompanyId == companyId && u.Email != null)
            .Select(u => u.Email!).Distinct().ToListAsync(ct);
        var link = site.Value.PublicUrl.TrimEnd('/') + "/empresa/creditos/codigos";
        var amount = CreditRules.FormatUsd(cents);
        var date = expiresOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var to in addresses)
        {
            outbox.Enqueue(to,
                $"Sus créditos de nube vencen en {days} días / Your cloud credits expire in {days} days",
                $"""
                Hola:

                Los créditos de nube por {amount} que el programa Semillero otorgó a {company} vencen el {date}, en {days} días. Si aún no canjea sus códigos con el proveedor, hágalo antes de esa fecha: después ya no valen.

                Vea sus códigos y cómo canjearlos aquí (inicie sesión con la cuenta de la empresa):

                {link}

                Si ya los canjeó, márquelo en esa página con «Ya los canjeé» y no le enviaremos más recordatorios.

                ---

                Hello,

                The {amount} of cloud credits the Semillero program granted to {company} expire on {date}, in {days} days. If you have not redeemed your codes with the provider yet, do so before that date: afterwards they are void.

                See your codes and how to redeem them here (sign in with the company's account):

                {link}

                If you already redeemed them, mark it on that page with «I redeemed them» and we will send no more reminders.
                """,
                EmailKind);
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return true;
    }
}
