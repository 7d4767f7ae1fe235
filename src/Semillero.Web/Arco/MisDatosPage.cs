using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Web.Access;

namespace Semillero.Web.Arco;

// The pages of /mis-datos act on the signed-in learner's own record, never on an id from the request.
public abstract class MisDatosPage : PageModel
{
    protected Guid? LearnerId => User.Actor().LearnerId;

    protected Guid? UserId => Guid.TryParse(User.Actor().Id, out var id) ? id : null;
}
