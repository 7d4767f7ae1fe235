using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Semillero.Accounts;

namespace Semillero.Web.Pages.Cuenta;

// GET /cuenta/salir shows a button; POST signs out (a form, so no other site can sign anyone out).
public sealed class SalirModel(SignInManager<User> signIn) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/cuenta/entrar?salida=1");
    }
}
