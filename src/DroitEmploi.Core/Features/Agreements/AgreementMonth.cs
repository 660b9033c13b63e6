namespace DroitEmploi.Core.Features.Agreements;

/// <summary>One month of an agreement's forecast: the ETP the EBE expects to employ and the people it expects to hire.</summary>
public class AgreementMonth
{
    public int Month { get; set; }
    public decimal ForecastEtp { get; set; }
    public int ForecastHires { get; set; }
}
