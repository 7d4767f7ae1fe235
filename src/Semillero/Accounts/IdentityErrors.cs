using Microsoft.AspNetCore.Identity;
using Semillero.Validation;

namespace Semillero.Accounts;

// ASP.NET Core Identity reports problems as English codes; people get them in both languages.
public static class IdentityErrors
{
    public static FieldError ToFieldError(IdentityError e, int requiredLength = 10) => e.Code switch
    {
        nameof(IdentityErrorDescriber.PasswordTooShort) => new("password", new IdRejection("length",
            $"La contraseña necesita al menos {requiredLength} caracteres.", $"The password needs at least {requiredLength} characters.")),
        nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars) => new("password", new IdRejection("format",
            "La contraseña repite demasiado los mismos caracteres.", "The password repeats the same characters too much.")),
        PasswordPolicyValidator.CommonCode => new("password", new IdRejection("common",
            "Esa contraseña es de las más usadas y se adivina en segundos. Elija otra; una frase que solo usted conozca es buena opción.",
            "That password is one of the most used and is guessed in seconds. Choose another; a phrase only you know is a good choice.")),
        PasswordPolicyValidator.PatternCode => new("password", new IdRejection("pattern",
            "La contraseña es una secuencia o una repetición fácil de adivinar (como 1234567890, qwertyuiop o aaaaaaaaaa). Elija otra.",
            "The password is a sequence or a repetition that is easy to guess (like 1234567890, qwertyuiop or aaaaaaaaaa). Choose another.")),
        PasswordPolicyValidator.PersonalCode => new("password", new IdRejection("personal",
            "La contraseña no debe contener su nombre ni su correo. Elija otra.",
            "The password must not contain your name or your email. Choose another.")),
        nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName) => new("correo", new IdRejection("duplicate",
            "Ya existe una cuenta con este correo. Si es suya, entre o restablezca su contraseña.", "An account with this email already exists. If it is yours, sign in or reset your password.")),
        nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.InvalidUserName) => new("correo", new IdRejection("format",
            "El correo no es válido.", "The email is not valid.")),
        nameof(IdentityErrorDescriber.InvalidToken) => new("codigo", new IdRejection("token",
            "El enlace no es válido o ya venció. Pida uno nuevo.", "The link is not valid or has expired. Ask for a new one.")),
        _ => new("password", new IdRejection(e.Code, e.Description, e.Description)),
    };
}
