using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Access;

namespace Semillero.Web.Accounts;

// GET /cuenta/salir shows a button; POST signs out (a form, so no other site can sign anyone out)
// on every device.
public sealed class SalirModel(SignInManager<User> signIn) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // A new security stamp ends every session of this person, not only this browser's: a
        // copied or left-behind cookie stops working at its next request (see Access/WebAccess.cs).
        if (await signIn.UserManager.GetUserAsync(User) is { } user)
        {
            await signIn.UserManager.UpdateSecurityStampAsync(user);
        }

        await signIn.SignOutAsync();
        return LocalRedirect("/cuenta/entrar?salida=1");
    }
}
