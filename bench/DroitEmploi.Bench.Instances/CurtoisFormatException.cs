namespace DroitEmploi.Bench.Instances;

/// <summary>A malformed benchmark file, with the line at fault.</summary>
public sealed class CurtoisFormatException(int line, string message) : FormatException($"Line {line}: {message}")
{
    public int Line { get; } = line;
}
