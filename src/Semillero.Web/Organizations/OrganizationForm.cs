using Semillero.Organizations;

namespace Semillero.Web.Organizations;

// The organisation fields of the registration and details forms, as typed. Bound without a prefix:
// the inputs are named as the API's fields (kind, name, rfc, …), which the errors name too.
public sealed class OrganizationForm
{
    public string? Kind { get; set; }

    public string? Name { get; set; }

    public string? LegalName { get; set; }

    public string? Rfc { get; set; }

    public string? State { get; set; }

    public string? Website { get; set; }

    public string? ContactName { get; set; }

    public string? ContactEmail { get; set; }

    public string? ContactPhone { get; set; }

    public OrganizationInput ToInput() => new(Kind, Name, LegalName, Rfc, State, Website, ContactName, ContactEmail, ContactPhone);

    public static OrganizationForm From(Organization o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return new()
        {
            Kind = OrganizationRules.Wire(o.Kind),
            Name = o.Name,
            LegalName = o.LegalName,
            Rfc = o.Rfc,
            State = o.StateCode,
            Website = o.Website,
            ContactName = o.ContactName,
            ContactEmail = o.ContactEmail,
            ContactPhone = o.ContactPhone,
        };
    }

    public static readonly string[] FieldOrder =
    [
        OrganizationRules.Fields.Kind, OrganizationRules.Fields.Name, OrganizationRules.Fields.LegalName, OrganizationRules.Fields.Rfc,
        OrganizationRules.Fields.State, OrganizationRules.Fields.Website, OrganizationRules.Fields.ContactName, OrganizationRules.Fields.ContactEmail,
        OrganizationRules.Fields.ContactPhone, RegisterOrganizationAccount.Fields.Password, RegisterOrganizationAccount.Fields.Notice,
    ];
}
