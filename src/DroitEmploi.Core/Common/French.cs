using System.Globalization;

namespace DroitEmploi.Core.Common;

/// <summary>The one culture dates, numbers and sorting are written in, whatever the server's.</summary>
public static class French
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("fr-FR");
}
