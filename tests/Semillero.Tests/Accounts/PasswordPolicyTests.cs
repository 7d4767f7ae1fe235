using Semillero.Accounts;

namespace Semillero.Tests.Accounts;

public sealed class PasswordPolicyTests
{
    private const string Email = "juan.perez@example.com";
    private const string Name = "José Pérez";

    [Theory]
    [InlineData("password12")]
    [InlineData("PASSWORD12")]
    [InlineData("Password123")]
    [InlineData("iloveyou12")]
    [InlineData("basketball")]
    [InlineData("1q2w3e4r5t")]
    public void Check_APasswordFromTheCommonList_IsCommon(string password) =>
        Assert.Equal(PasswordWeakness.Common, PasswordPolicy.Check(password, Email, Name));

    [Theory]
    [InlineData("abcdefghijkl")]
    [InlineData("lkjihgfedcba")]
    [InlineData("0987654321")]
    [InlineData("9876543210")]
    [InlineData("poiuytrewq")]
    [InlineData("asdfghjklñ")]
    [InlineData("QWERTYUIOPASDFGHJKL")]
    [InlineData("abc123def456")]
    [InlineData("zzzzzzzzzzzz")]
    [InlineData("1212121212")]
    [InlineData("ab12ab12ab12")]
    [InlineData("holaholahola")]
    public void Check_ASequenceOrARepetition_IsAPattern(string password) =>
        Assert.Equal(PasswordWeakness.Pattern, PasswordPolicy.Check(password, Email, Name));

    [Theory]
    [InlineData("1234567890")]
    [InlineData("qwertyuiop")]
    [InlineData("asdfghjkl")]
    public void Check_AKeyboardRow_IsRefused(string password) =>
        Assert.NotEqual(PasswordWeakness.None, PasswordPolicy.Check(password, Email, Name));

    [Theory]
    [InlineData("juan.perez-2024!")]
    [InlineData("mi-perez-de-siempre")]
    [InlineData("JOSE-de-las-flores")]
    [InlineData("jose-de-las-flores")]
    [InlineData("cafe-con-pérez-frío")]
    public void Check_TheNameOrTheEmailInside_IsPersonal(string password) =>
        Assert.Equal(PasswordWeakness.Personal, PasswordPolicy.Check(password, Email, Name));

    [Theory]
    [InlineData("una-contraseña-larga")]
    [InlineData("caballo correcto batería grapa")]
    [InlineData("mi gato come tamales")]
    [InlineData("abcdefxyz1")]
    [InlineData("Tlaquepaque1987")]
    [InlineData("xk7#Lp2!qR")]
    public void Check_AnUnusualPassword_IsAccepted(string password) =>
        Assert.Equal(PasswordWeakness.None, PasswordPolicy.Check(password, Email, Name));

    [Fact]
    public void Check_AShortNameOrLocalPart_IsNotLookedFor() =>
        Assert.Equal(PasswordWeakness.None, PasswordPolicy.Check("bananas-en-la-mesa", "ana@example.com", "Ana Ruiz"));

    [Fact]
    public void Check_NoEmailOrName_ChecksTheRest() =>
        Assert.Equal(PasswordWeakness.None, PasswordPolicy.Check("juan.perez-2024!", null, null));
}
