namespace DroitEmploi.Core.Features.Employment;

public sealed record EtpLine(int ContractId, string EmployeeName, bool Supervisory, decimal Etp);
