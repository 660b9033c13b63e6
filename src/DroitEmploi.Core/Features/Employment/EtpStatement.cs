namespace DroitEmploi.Core.Features.Employment;

/// <summary>ETP of a month for an EBE, contract by contract, with the supervisory share and what is fundable.</summary>
public sealed record EtpStatement(
    int OrganisationId, string OrganisationName, int Year, int Month, IReadOnlyList<EtpLine> Lines,
    decimal TotalEtp, decimal SupervisoryEtp, decimal SupervisoryShare, decimal FundableEtp, decimal SupervisoryFundableShare);
