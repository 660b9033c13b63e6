namespace DroitEmploi.Core.Features.Cooperatives;

public static class CooperativeLabels
{
    public static string French(this KpaAudience audience) => audience switch
    {
        KpaAudience.YouthOnly => "Jeunes uniquement",
        KpaAudience.IsolatedWomen => "Femmes isolées en priorité",
        _ => "Toute personne à partir de 16 ans",
    };

    public static string French(this JourneyStepKind kind) => kind switch
    {
        JourneyStepKind.Entry => "Entrée",
        JourneyStepKind.Contract => "Contrat",
        JourneyStepKind.Renewal => "Renouvellement",
        JourneyStepKind.Amendment => "Avenant",
        JourneyStepKind.Stage => "Étape du parcours",
        JourneyStepKind.Exit => "Sortie",
        _ => "Retour",
    };

    public static string French(this CooperantContractKind kind) => kind switch
    {
        CooperantContractKind.Cape => "CAPE",
        CooperantContractKind.Cesa => "CESA",
        CooperantContractKind.Volunteering => "Volontariat",
        _ => "Adhésion",
    };

    public static string French(this ExitReason reason) => reason switch
    {
        ExitReason.Job => "Emploi",
        ExitReason.Training => "Formation",
        ExitReason.BusinessCreation => "Création d'entreprise",
        ExitReason.EmploymentCompany => "Embauche en EBE",
        _ => "Autre",
    };

    public static string French(this JourneyStage stage) => stage switch
    {
        JourneyStage.Immerse => "S'immerger",
        JourneyStage.Explore => "Explorer",
        JourneyStage.Test => "Tester",
        _ => "S'ouvrir vers l'extérieur",
    };

    public static string French(this SignUpDocument document) => document switch
    {
        SignUpDocument.IdentityDocument => "Pièce d'identité",
        SignUpDocument.SocialSecurityNumber => "Numéro de sécurité sociale",
        SignUpDocument.ProofOfAddress => "Justificatif de domicile",
        SignUpDocument.BankDetails => "RIB",
        _ => "Attestation de droits (ARE, ASS, RSA…)",
    };

    public static string French(this CapeSigner signer) => signer switch
    {
        CapeSigner.Cooperant => "La personne",
        CapeSigner.Referent => "Son ou sa référent·e",
        _ => "La coordination",
    };
}
