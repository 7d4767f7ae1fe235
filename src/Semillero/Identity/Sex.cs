namespace Semillero.Identity;

// CURP position 11: hombre, mujer, and X (no binario) issued since 2022.
public enum Sex
{
    H,
    M,
    X,
}
