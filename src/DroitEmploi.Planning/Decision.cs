using Google.OrTools.Sat;

namespace DroitEmploi.Planning;

/// <summary>Whether an employee works a shift type on a day.</summary>
internal sealed record Decision(int Employee, int Day, int Shift, BoolVar Variable);
