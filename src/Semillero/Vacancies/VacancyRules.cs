namespace Semillero.Vacancies;

public static class VacancyRules
{
    public const int MaxTitleLength = 150;
    public const int MaxDescriptionLength = 8000;
    public const int MaxSkills = 20;
    public const int MaxOpenings = 1000;
}
