using DroitEmploi.Core.Features.Cooperatives;

namespace DroitEmploi.Web.Features.Cooperatives;

public static class AccompanimentLabels
{
    public static string French(this ContributorKind kind) => kind switch
    {
        ContributorKind.SalariedEntrepreneur => "Entrepreneur·e salarié·e",
        ContributorKind.Volunteer => "Bénévole",
        _ => "Ancien·ne coopérant·e",
    };

    public static string French(this NoteTheme theme) => theme switch
    {
        NoteTheme.Skills => "Compétences",
        NoteTheme.Rights => "Droits",
        NoteTheme.Health => "Santé",
        NoteTheme.Housing => "Logement",
        _ => "Autre",
    };
}
