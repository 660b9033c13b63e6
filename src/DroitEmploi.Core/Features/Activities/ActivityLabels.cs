namespace DroitEmploi.Core.Features.Activities;

public static class ActivityLabels
{
    public static string French(ActivityStatus status) => status switch
    {
        ActivityStatus.Idea => "idée",
        ActivityStatus.Consultation => "en consultation",
        ActivityStatus.CleReview => "en examen au CLE",
        ActivityStatus.Active => "active",
        ActivityStatus.Reorganised => "active, réorganisée",
        ActivityStatus.Suspended => "suspendue",
        _ => "abandonnée",
    };

    public static string French(ProposerKind kind) => kind switch
    {
        ProposerKind.Employee => "un·e salarié·e",
        ProposerKind.Volunteer => "un·e volontaire",
        ProposerKind.TerritoryNeed => "un besoin du territoire",
        _ => "l'entreprise",
    };

    public static string French(ConsultedKind kind) => kind switch
    {
        ConsultedKind.ChamberOfCommerce => "Chambre de commerce et d'industrie",
        ConsultedKind.ChamberOfCrafts => "Chambre de métiers et de l'artisanat",
        ConsultedKind.LocalFirm => "Entreprise locale",
        ConsultedKind.IaeStructure => "Structure d'insertion (IAE)",
        ConsultedKind.Union => "Syndicat",
        _ => "Autre",
    };

    public static string French(ConsultationState state) => state switch
    {
        ConsultationState.Waiting => "en attente",
        ConsultationState.NoAnswer => "sans réponse",
        ConsultationState.Favourable => "favorable",
        ConsultationState.Reserved => "réservé",
        _ => "défavorable",
    };

    public static string French(ObjectionOutcome outcome) => outcome switch
    {
        ObjectionOutcome.NoCompetition => "pas de concurrence constatée",
        ObjectionOutcome.Reorganised => "activité réorganisée",
        _ => "activité abandonnée",
    };

    public static string French(NeedStatus status) => status switch
    {
        NeedStatus.New => "nouveau",
        NeedStatus.Studied => "à l'étude",
        NeedStatus.BecameActivity => "devenu une activité",
        _ => "écarté",
    };
}
