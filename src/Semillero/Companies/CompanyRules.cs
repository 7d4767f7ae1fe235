using System.Globalization;
using Semillero.Geography;
using Semillero.Identity;
using Semillero.ReferenceData;
using Semillero.Validation;

namespace Semillero.Companies;

// Pure rules about companies: the DOF 2009 size stratification and the SCIAN sector it depends on.
public static class CompanyRules
{
    public const int MaxNameLength = 200;
    public const int MaxDescriptionLength = 4000;
    public const int MaxWebsiteLength = 300;
    public const int MaxWorkers = 10_000_000;

    // Millions of pesos; the column holds 12 integer digits.
    public const decimal MaxAnnualSalesMdp = 999_999_999m;

    // Wire names of the fields, shared by the API's JSON and the pages' inputs.
    public static class Fields
    {
        public const string Rfc = "rfc";
        public const string LegalName = "legalName";
        public const string TradeName = "tradeName";
        public const string Sector = "sector";
        public const string State = "state";
        public const string Workers = "workers";
        public const string AnnualSalesMdp = "annualSalesMdp";
        public const string Kind = "kind";
        public const string Website = "website";
        public const string Description = "description";
    }

    public static class Codes
    {
        public const string Generic = "rfc_generico";
        public const string Unknown = "unknown";
        public const string Range = "range";
        public const string Duplicate = "duplicate";
    }

    // Pure: every field checked and every problem reported at once. The RFC's check-digit mismatch is
    // a warning returned beside a valid company (SAT has issued RFCs that fail it), never an error.
    public static (ValidCompany? Company, IReadOnlyList<FieldError> Errors, IdRejection? RfcWarning) Validate(CompanyInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<FieldError>();
        IdRejection? warning = null;
        Rfc rfc = default;
        if (!Rfc.TryParse(input.Rfc, out rfc, out var rejection, out warning))
        {
            errors.Add(new(Fields.Rfc, rejection));
        }
        else if (rfc.Kind == RfcKind.Generico)
        {
            // XAXX/XEXX stand for "the general public" and foreign residents on invoices: they name no company.
            errors.Add(new(Fields.Rfc, new IdRejection(Codes.Generic,
                $"{rfc.Value} es un RFC genérico (público en general o residente en el extranjero) y no identifica a una empresa; use el RFC de su constancia de situación fiscal.",
                $"{rfc.Value} is a generic RFC (general public or foreign resident) and does not identify a company; use the RFC on your tax status certificate.")));
        }

        var legalName = Text(input.LegalName, Fields.LegalName, "la razón social", "the legal name", MaxNameLength, required: true, errors);
        var tradeName = Text(input.TradeName, Fields.TradeName, "el nombre comercial", "the trade name", MaxNameLength, required: true, errors);

        var sector = ScianSectors.Find(input.Sector);
        if (string.IsNullOrWhiteSpace(input.Sector))
        {
            errors.Add(new(Fields.Sector, Required("el sector SCIAN", "the SCIAN sector")));
        }
        else if (sector is null)
        {
            errors.Add(new(Fields.Sector, new IdRejection(Codes.Unknown,
                $"El sector «{Shorten(input.Sector)}» no está en el SCIAN 2023; elija uno de la lista (p. ej. 54, servicios profesionales).",
                $"Sector «{Shorten(input.Sector)}» is not in SCIAN 2023; choose one from the list (e.g. 54, professional services).")));
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

        if (input.Workers is not { } workers)
        {
            errors.Add(new(Fields.Workers, Required("el número de trabajadores", "the number of workers")));
            workers = 0;
        }
        else if (workers is < 0 or > MaxWorkers)
        {
            errors.Add(new(Fields.Workers, new IdRejection(Codes.Range,
                "El número de trabajadores va de 0 en adelante (una empresa recién creada puede tener 0).",
                "The number of workers is 0 or more (a newly created company may have 0).")));
        }

        if (input.AnnualSalesMdp is not { } sales)
        {
            errors.Add(new(Fields.AnnualSalesMdp, Required("las ventas anuales", "the annual sales")));
            sales = 0;
        }
        else if (sales < 0 || sales > MaxAnnualSalesMdp || decimal.Round(sales, 2) != sales)
        {
            errors.Add(new(Fields.AnnualSalesMdp, new IdRejection(Codes.Range,
                "Las ventas anuales se escriben en millones de pesos, de 0 en adelante y con hasta dos decimales (1.5 = un millón y medio).",
                "Annual sales are in millions of pesos, 0 or more, with up to two decimals (1.5 = one and a half million).")));
        }

        var kind = ParseKind(input.Kind);
        if (kind is null)
        {
            errors.Add(new(Fields.Kind, string.IsNullOrWhiteSpace(input.Kind)
                ? Required("el tipo de empresa (startup, pyme o grande)", "the kind of company (startup, pyme or grande)")
                : new IdRejection(Codes.Unknown,
                    $"Tipo «{Shorten(input.Kind)}» no válido; use startup, pyme o grande.",
                    $"Kind «{Shorten(input.Kind)}» is not valid; use startup, pyme or grande.")));
        }

        string? website = null;
        if (!string.IsNullOrWhiteSpace(input.Website))
        {
            website = input.Website.Trim();
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
                    "El sitio web no es una dirección válida (p. ej. https://www.empresa.mx).",
                    "The website is not a valid address (e.g. https://www.company.mx).")));
            }
        }

        var description = Text(input.Description, Fields.Description, "la descripción", "the description", MaxDescriptionLength, required: false, errors);

        if (errors.Count > 0)
        {
            return (null, errors, warning);
        }

        return (new ValidCompany(rfc, legalName!, tradeName!, sector!, state!, workers, sales, kind!.Value, website, description,
            SizeBandOf(sector!.Code, workers, sales)), errors, warning);
    }

    public static CompanyKind? ParseKind(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "startup" => CompanyKind.Startup,
        "pyme" or "sme" => CompanyKind.Pyme,
        "grande" or "large" => CompanyKind.Grande,
        _ => null,
    };

    public static string Wire(CompanyKind kind) => kind switch
    {
        CompanyKind.Startup => "startup",
        CompanyKind.Pyme => "pyme",
        _ => "grande",
    };

    public static string Wire(SizeBand band) => band switch
    {
        SizeBand.Micro => "micro",
        SizeBand.Pequena => "pequena",
        SizeBand.Mediana => "mediana",
        _ => "grande",
    };

    public static string Wire(CompanyStatus status) => status switch
    {
        CompanyStatus.Verificada => "verificada",
        CompanyStatus.Rechazada => "rechazada",
        _ => "pendiente",
    };

    public static CompanyStatus StatusOf(DateTime? verifiedAt, string? rejectedReason) =>
        verifiedAt is not null ? CompanyStatus.Verificada : rejectedReason is not null ? CompanyStatus.Rechazada : CompanyStatus.Pendiente;

    // The "tope máximo combinado" the company's score is compared with for each band of its sector.
    public static IReadOnlyList<(SizeBand Band, decimal Cap)> CapsFor(string sectorCode)
    {
        var group = GroupOf(sectorCode);
        return Bands.Where(b => b.Applies(group)).Select(b => (b.Size, b.Cap)).ToList();
    }

    private static string? Text(string? raw, string field, string es, string en, int max, bool required, List<FieldError> errors)
    {
        var value = string.IsNullOrWhiteSpace(raw) ? null : string.Join(' ', raw.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (field == Fields.Description && raw is not null && !string.IsNullOrWhiteSpace(raw))
        {
            // Paragraphs are kept in a description.
            value = raw.Trim();
        }

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
        else if (required && value.Length < 2)
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

    // The DOF's three sector groups. Commerce is SCIAN 43 (wholesale) and 46 (retail); industry is
    // the secondary sectors (mining, utilities, construction, manufacturing) and, as the DOF groups
    // them with production, the primary sector; everything else is services.
    public enum SectorGroup
    {
        Comercio,
        Industria,
        Servicios,
    }

    public static SectorGroup GroupOf(string sectorCode) => sectorCode switch
    {
        "43" or "46" => SectorGroup.Comercio,
        "11" or "21" or "22" or "23" or "31-33" => SectorGroup.Industria,
        _ => SectorGroup.Servicios,
    };

    // DOF 30/06/2009: the combined score is workers × 10% + annual sales (millions of pesos) × 90%,
    // and the company is the smallest band whose "tope máximo combinado" for its sector the score
    // does not exceed; above the mediana band it is large.
    public static SizeBand SizeBandOf(string sectorCode, int workers, decimal annualSalesMdp)
    {
        var score = (workers * 0.1m) + (annualSalesMdp * 0.9m);
        var group = GroupOf(sectorCode);
        foreach (var band in Bands)
        {
            if (band.Applies(group) && score <= band.Cap)
            {
                return band.Size;
            }
        }

        return SizeBand.Grande;
    }

    public static decimal CombinedScore(int workers, decimal annualSalesMdp) => (workers * 0.1m) + (annualSalesMdp * 0.9m);

    private sealed record Band(SizeBand Size, string Sectors, decimal Cap)
    {
        public bool Applies(SectorGroup group) => Sectors switch
        {
            "todos" => true,
            "comercio" => group == SectorGroup.Comercio,
            "servicios" => group == SectorGroup.Servicios,
            "industria" => group == SectorGroup.Industria,
            "industria y servicios" => group is SectorGroup.Industria or SectorGroup.Servicios,
            _ => throw new InvalidOperationException($"Unknown DOF sector group {Sectors}."),
        };
    }

    private static readonly IReadOnlyList<Band> Bands = EmbeddedCsv.ReadRows("pyme_estratificacion_dof2009.csv")
        .Select(r => new Band(
            r[0] switch
            {
                "micro" => SizeBand.Micro,
                "pequeña" => SizeBand.Pequena,
                "mediana" => SizeBand.Mediana,
                _ => throw new InvalidOperationException($"Unknown DOF size {r[0]}."),
            },
            r[1],
            decimal.Parse(r[6], CultureInfo.InvariantCulture)))
        .OrderBy(b => b.Size)
        .ToList();
}
