using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Credits;
using Semillero.Web.Access;

namespace Semillero.Web.Credits;

// GET /revision/creditos — the reviewer's queue: applications to review and those done.
public sealed class RevisionCreditosModel(ReadCreditApplications read, ManageReviewers reviewers) : PageModel
{
    public IReadOnlyList<ReviewerItem> Items { get; private set; } = [];

    public bool IsReviewer { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var actor = User.Actor();
        IsReviewer = await reviewers.IsActiveAsync(actor, ct);
        Items = await read.QueueAsync(actor, ct);
        return Page();
    }
}
