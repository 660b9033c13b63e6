namespace DroitEmploi.Core.Features.People;

public enum EvidenceKind
{
    FranceTravailHistory,
    TaxNotice,
    CafAttestation,
    ProofOfAddress,
    SwornStatement,
    Other,
}
