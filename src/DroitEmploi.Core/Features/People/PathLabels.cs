namespace DroitEmploi.Core.Features.People;

public static class PathLabels
{
    public static string French(this PathState state) => state switch
    {
        PathState.Candidate => "Candidat·e",
        PathState.Eligible => "Éligible, en attente",
        PathState.Ineligible => "Non éligible",
        PathState.Proposed => "Proposé·e à une EBE",
        PathState.Hired => "Embauché·e",
        PathState.Oriented => "Orienté·e",
        PathState.Withdrawn => "Sorti·e de la liste",
        _ => state.ToString(),
    };

    public static string French(this Orientation orientation) => orientation switch
    {
        Orientation.Kpa => "KPA (coopérative de quartier)",
        Orientation.Iae => "Insertion par l'activité économique",
        Orientation.Training => "Formation",
        Orientation.LocalCompany => "Emploi dans une entreprise locale",
        Orientation.Rte => "Revenu de transition écologique",
        _ => "Autre",
    };

    public static string French(this Sex sex) => sex switch
    {
        Sex.Female => "Femme",
        Sex.Male => "Homme",
        _ => "Non précisé",
    };

    public static string French(this IncomeSupport support) => support switch
    {
        IncomeSupport.Rsa => "RSA",
        IncomeSupport.Ass => "ASS",
        IncomeSupport.Aah => "AAH",
        IncomeSupport.Are => "ARE",
        IncomeSupport.Other => "Autre",
        _ => "Aucun",
    };

    public static string French(this EvidenceKind evidence) => evidence switch
    {
        EvidenceKind.FranceTravailHistory => "Historique France Travail",
        EvidenceKind.TaxNotice => "Avis d'imposition",
        EvidenceKind.CafAttestation => "Attestation CAF",
        EvidenceKind.ProofOfAddress => "Justificatif de domicile",
        EvidenceKind.SwornStatement => "Déclaration sur l'honneur",
        _ => "Autre pièce",
    };

    public static string OutcomeText(ProposalView proposal) => proposal.Outcome switch
    {
        ProposalOutcome.Hired => "embauche",
        ProposalOutcome.Declined => $"déclinée ({proposal.OutcomeReason})",
        _ => "en attente de réponse",
    };
}
