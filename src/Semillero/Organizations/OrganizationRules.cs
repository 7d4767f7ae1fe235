using System.Globalization;
using Semillero.Access;
using Semillero.Geography;
using Semillero.Identity;
using Semillero.Learners;
using Semillero.Validation;

namespace Semillero.Organizations;

// What a caller sends to register or correct an organisation: raw values, as typed in a form or a JSON body.
public sealed record OrganizationInput(
    string? Kind,
    string? Name,
    string? LegalName,
    string? Rfc,
    string? State,
    string? Website,
    string? ContactName,
    string? ContactEmail,
    string? ContactPhone);

// A validated, normalised organisation, ready to store.
public sealed record ValidOrganization(
    OrganizationKind Kind,
    string Name,
    string LegalName,
    Rfc Rfc,
    Entidad State,
    string? Website,
    string ContactName,
    string ContactEmail,
    string? ContactPhone);

// Pure rules about organisations: the fields, the kinds' wire names and labels, and the status.
public static class OrganizationRules
{
    public const int MaxNameLength = 100;
    public const int MaxLegalNameLength = 300;
    public const int MaxWebsiteLength = 300;
    public const int MaxContactNameLength = 200;
    public const int MaxEmailLength = 254;
    public const int MaxPhoneLength = 20;

    // Wire names of the fields, shared by the API's JSON and the pages' inputs.
    public static class Fields
    {
        public const string Kind = "kind";
        public const string Name = "name";
        public const string LegalName = "legalName";
        public const string Rfc = "rfc";
        public const string State = "state";
        public const string Website = "website";
        public const string ContactName = "contactName";
        public const string ContactEmail = "contactEmail";
        public const string ContactPhone = "contactPhone";
    }

    public static class Codes
    {
        public const string Generic = "rfc_generico";
        public const string PersonaFisica = "rfc_persona_fisica";
        public const string Unknown = "unknown";
        public const string Duplicate = "duplicate";
        public const string Reserved = "reserved";
    }

    public static IReadOnlyList<OrganizationKind> Kinds { get; } =
        [OrganizationKind.Proveedor, OrganizationKind.Academia, OrganizationKind.Aceleradora, OrganizationKind.Inversion, OrganizationKind.Camara, OrganizationKind.Gobierno];

    // Pure: every field checked and every problem reported at once. As for companies
    // (Companies/CompanyRules), an RFC whose check digit does not verify is a warning returned beside
    // a valid organisation (SAT has issued such RFCs), never an error. An organisation is a persona
    // moral: a 13-character RFC (a persona física) is refused.
    public static (ValidOrganization? Organization, IReadOnlyList<FieldError> Errors, IdRejection? RfcWarning) Validate(OrganizationInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<FieldError>();

        var kind = ParseKind(input.Kind);
        if (kind is null)
        {
            var allowed = string.Join(", ", Kinds.Select(Wire));
            errors.Add(new(Fields.Kind, string.IsNullOrWhiteSpace(input.Kind)
                ? Required("el tipo de organización", "the kind of organisation")
                : new IdRejection(Codes.Unknown,
                    $"Tipo «{Shorten(input.Kind)}» no válido; use {allowed}.",
                    $"Kind «{Shorten(input.Kind)}» is not valid; use {allowed}.")));
        }

        var name = Text(input.Name, Fields.Name, "el nombre de la organización", "the organisation's name", MaxNameLength, required: true, errors);
        if (name is not null && PartnerKey.TryParse(name, out _))
        {
            // A name that reads as an organisation's id would be taken for one wherever partners are
            // kept as strings (Access/PartnerKey).
            errors.Add(new(Fields.Name, new IdRejection(IdRejectionCodes.Format,
                "El nombre no puede ser 32 dígitos hexadecimales: se confundiría con la clave de una organización.",
                "The name cannot be 32 hexadecimal digits: it would be mistaken for an organisation's key.")));
        }
        else if (ReservedOwners.IsReserved(name))
        {
            errors.Add(new(Fields.Name, ReservedOwners.Rejection(name!)));
        }

        var legalName = Text(input.LegalName, Fields.LegalName, "la razón social", "the legal name", MaxLegalNameLength, required: true, errors);

        IdRejection? warning = null;
        Rfc rfc = default;
        if (!Rfc.TryParse(input.Rfc, out rfc, out var rejection, out warning))
        {
            errors.Add(new(Fields.Rfc, rejection));
        }
        else if (rfc.Kind == RfcKind.Generico)
        {
            warning = null;
            errors.Add(new(Fields.Rfc, new IdRejection(Codes.Generic,
                $"{rfc.Value} es un RFC genérico (público en general o residente en el extranjero) y no identifica a una organización; use el RFC de su constancia de situación fiscal.",
                $"{rfc.Value} is a generic RFC (general public or foreign resident) and does not identify an organisation; use the RFC on its tax status certificate.")));
        }
        else if (rfc.Kind == RfcKind.Fisica)
        {
            warning = null;
            errors.Add(new(Fields.Rfc, new IdRejection(Codes.PersonaFisica,
                $"{rfc.Value} tiene 13 caracteres: es el RFC de una persona física. Una organización aliada se registra con el RFC de 12 caracteres de su persona moral.",
                $"{rfc.Value} has 13 characters: it is an individual's RFC (persona física). A partner organisation registers with the 12-character RFC of its legal entity (persona moral).")));
        }

        var state = Entidades.Find(input.State);
        if (string.IsNullOrWhiteSpace(input.State))
        {
            errors.Add(new(Fields.State, Required("el estado de la oficina principal", "the state of the main office")));
        }
        else if (state is null)
        {
            errors.Add(new(Fields.State, new IdRejection(Codes.Unknown,
                $"El estado «{Shorten(input.State)}» no existe; use la clave INEGI (01–32) o el nombre del estado.",
                $"State «{Shorten(input.State)}» does not exist; use the INEGI code (01–32) or the state's name.")));
        }

        var website = Website(input.Website, errors);
        var contactName = Text(input.ContactName, Fields.ContactName, "el nombre de la persona de contacto", "the contact person's name", MaxContactNameLength, required: true, errors);

        var email = input.ContactEmail?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(email))
        {
            errors.Add(new(Fields.ContactEmail, Required("el correo de la persona de contacto", "the contact person's email")));
        }
        else if (email.Length > MaxEmailLength || !LearnerRules.IsValidEmail(email))
        {
            errors.Add(new(Fields.ContactEmail, new IdRejection(IdRejectionCodes.Format,
                $"El correo «{Shorten(email)}» no es una dirección válida.", $"«{Shorten(email)}» is not a valid email address.")));
        }

        var phone = Phone(input.ContactPhone, errors);

        if (errors.Count > 0)
        {
            return (null, errors, warning);
        }

        return (new ValidOrganization(kind!.Value, name!, legalName!, rfc, state!, website, contactName!, email!, phone), errors, warning);
    }

    public static OrganizationKind? ParseKind(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "proveedor" or "provider" => OrganizationKind.Proveedor,
        "academia" or "academy" => OrganizationKind.Academia,
        "aceleradora" or "accelerator" => OrganizationKind.Aceleradora,
        "inversion" or "inversión" or "investment" or "investor" => OrganizationKind.Inversion,
        "camara" or "cámara" or "chamber" => OrganizationKind.Camara,
        "gobierno" or "government" => OrganizationKind.Gobierno,
        _ => null,
    };

    public static string Wire(OrganizationKind kind) => kind switch
    {
        OrganizationKind.Proveedor => "proveedor",
        OrganizationKind.Academia => "academia",
        OrganizationKind.Aceleradora => "aceleradora",
        OrganizationKind.Inversion => "inversion",
        OrganizationKind.Camara => "camara",
        _ => "gobierno",
    };

    // What people read: the CLI and the pages use the same words.
    public static string KindName(OrganizationKind kind, bool english) => kind switch
    {
        OrganizationKind.Proveedor => english ? "Training provider" : "Proveedor de formación",
        OrganizationKind.Academia => english ? "Academia (university or school)" : "Academia (universidad o escuela)",
        OrganizationKind.Aceleradora => english ? "Accelerator or incubator" : "Aceleradora o incubadora",
        OrganizationKind.Inversion => english ? "Investment fund or angel network" : "Fondo de inversión o red de ángeles",
        OrganizationKind.Camara => english ? "Business chamber" : "Cámara empresarial",
        _ => english ? "State or municipal government" : "Gobierno estatal o municipal",
    };

    public static string Wire(OrganizationStatus status) => status switch
    {
        OrganizationStatus.Verificada => "verificada",
        OrganizationStatus.Rechazada => "rechazada",
        _ => "pendiente",
    };

    public static OrganizationStatus StatusOf(DateTime? verifiedAt, string? rejectedReason) =>
        verifiedAt is not null ? OrganizationStatus.Verificada : rejectedReason is not null ? OrganizationStatus.Rechazada : OrganizationStatus.Pendiente;

    public static OrganizationStatus StatusOf(Organization organization)
    {
        ArgumentNullException.ThrowIfNull(organization);
        return StatusOf(organization.VerifiedAt, organization.RejectedReason);
    }

    private static string? Website(string? raw, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var website = raw.Trim();
        if (!website.Contains("://", StringComparison.Ordinal))
        {
            website = "https://" + website;
        }

        if (website.Length > MaxWebsiteLength
            || !Uri.TryCreate(website, UriKind.Absolute, out var uri)
            || uri.Scheme is not ("http" or "https")
            || !uri.Host.Contains('.', StringComparison.Ordinal))
        {
            errors.Add(new(Fields.Website, new IdRejection(IdRejectionCodes.Format,
                "El sitio web no es una dirección válida (p. ej. https://www.organizacion.mx).",
                "The website is not a valid address (e.g. https://www.organisation.mx).")));
            return null;
        }

        return website;
    }

    // Optional; when given, 10 to 15 digits (a Mexican number is 10), with spaces, dashes,
    // parentheses or a leading + as people write them.
    private static string? Phone(string? raw, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var phone = string.Join(' ', raw.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var digits = phone.Count(char.IsAsciiDigit);
        if (phone.Length > MaxPhoneLength || digits is < 10 or > 15 || phone.Any(c => !char.IsAsciiDigit(c) && c is not (' ' or '-' or '(' or ')' or '+')))
        {
            errors.Add(new(Fields.ContactPhone, new IdRejection(IdRejectionCodes.Format,
                "El teléfono lleva 10 dígitos (p. ej. 55 1234 5678), con lada internacional si la usa.",
                "The phone number has 10 digits (e.g. 55 1234 5678), with the country code if you use it.")));
            return null;
        }

        return phone;
    }

    private static string? Text(string? raw, string field, string es, string en, int max, bool required, List<FieldError> errors)
    {
        var value = string.IsNullOrWhiteSpace(raw) ? null : string.Join(' ', raw.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (value is null)
        {
            if (required)
            {
                errors.Add(new(field, Required(es, en)));
            }

            return null;
        }

        if (value.Length > max)
        {
            errors.Add(new(field, new IdRejection(IdRejectionCodes.Length,
                string.Create(CultureInfo.InvariantCulture, $"{char.ToUpperInvariant(es[0])}{es[1..]} admite hasta {max} caracteres; tiene {value.Length}."),
                string.Create(CultureInfo.InvariantCulture, $"{char.ToUpperInvariant(en[0])}{en[1..]} takes up to {max} characters; it has {value.Length}."))));
        }
        else if (value.Length < 2)
        {
            errors.Add(new(field, new IdRejection(IdRejectionCodes.Length,
                $"{char.ToUpperInvariant(es[0])}{es[1..]} es demasiado corto.",
                $"{char.ToUpperInvariant(en[0])}{en[1..]} is too short.")));
        }

        return value;
    }

    private static IdRejection Required(string es, string en) =>
        new(IdRejectionCodes.Required, $"Falta {es}.", $"{char.ToUpperInvariant(en[0])}{en[1..]} is required.");

    private static string Shorten(string text) => text.Length <= 40 ? text.Trim() : text[..40].Trim() + "…";
}
