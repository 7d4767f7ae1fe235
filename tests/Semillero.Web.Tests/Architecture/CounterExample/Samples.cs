// A deliberate cycle, for DependencyTests to prove its check refuses one: Alpha uses Beta and Beta
// uses Alpha. Gamma only uses Alpha, which is allowed.
namespace Semillero.Web.Tests.Architecture.CounterExample.Alpha
{
    public static class AlphaRule
    {
        public static int Twice(int value) => Beta.BetaRule.Plus(value, value);
    }
}

namespace Semillero.Web.Tests.Architecture.CounterExample.Beta
{
    public static class BetaRule
    {
        public static int Plus(int a, int b) => a + b;

        public static int Quadruple(int value) => Alpha.AlphaRule.Twice(Alpha.AlphaRule.Twice(value));
    }
}

namespace Semillero.Web.Tests.Architecture.CounterExample.Gamma
{
    public static class GammaRule
    {
        public static int Use(int value) => Alpha.AlphaRule.Twice(value);
    }
}
