namespace DroitEmploi.Core.Common.Files;

public enum ExportFormat
{
    Xlsx,
    Csv,
}
