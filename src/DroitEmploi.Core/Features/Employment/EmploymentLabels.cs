namespace DroitEmploi.Core.Features.Employment;

public static class EmploymentLabels
{
    /// <summary>Positive exits, as the fund counts them: a job elsewhere (CDI, or CDD of 6 months or more), a training, a business.</summary>
    public static bool IsPositive(this ExitReason reason) =>
        reason is ExitReason.JobElsewhereCdi or ExitReason.JobElsewhereCddSixMonthsOrMore or ExitReason.Training or ExitReason.BusinessCreation;

    public static string French(this ExitReason reason) => reason switch
    {
        ExitReason.JobElsewhereCdi => "Emploi ailleurs en CDI",
        ExitReason.JobElsewhereCddSixMonthsOrMore => "Emploi ailleurs en CDD de 6 mois ou plus",
        ExitReason.Training => "Formation",
        ExitReason.BusinessCreation => "Création d'entreprise",
        ExitReason.Retirement => "Retraite",
        ExitReason.Resignation => "Démission",
        ExitReason.Dismissal => "Licenciement",
        ExitReason.Death => "Décès",
        _ => "Autre",
    };

    public static string French(this SuspensionReason reason) => reason switch
    {
        SuspensionReason.TrialJobElsewhere => "Essai d'un emploi ailleurs",
        SuspensionReason.RteActivity => "Essai d'une activité RTE",
        SuspensionReason.Training => "Formation",
        _ => "Autre",
    };

    public static string French(this SkillLevel level) => level switch
    {
        SkillLevel.Acquired => "Acquis",
        SkillLevel.InTraining => "En formation",
        _ => "Peut former d'autres personnes",
    };

    public static string French(this TrainingKind kind) => kind switch
    {
        TrainingKind.Peer => "Entre pairs",
        TrainingKind.ExternalCourse => "Formation externe",
        _ => "VAE",
    };
}
