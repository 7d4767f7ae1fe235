using System.Globalization;
using Semillero.ReferenceData;

namespace Semillero.Companies;

// Pure rules about companies: the DOF 2009 size stratification and the SCIAN sector it depends on.
public static class CompanyRules
{
    public const int MaxNameLength = 200;
    public const int MaxDescriptionLength = 4000;

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
