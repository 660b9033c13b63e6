using System.Net;
using System.Threading.RateLimiting;

namespace DroitEmploi.Web.Features.Access;

/// <summary>
/// Slows password guessing without giving anyone a way to lock another person out: failures are counted
/// per account and address together (guessing from one address stops there, while the owner logs in
/// from theirs), and every attempt per address. Unknown and known accounts are counted alike.
/// </summary>
public sealed class LoginThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _failures;
    private readonly PartitionedRateLimiter<string> _attempts;

    public LoginThrottle(IConfiguration configuration)
    {
        var failures = configuration.GetValue("Login:FailuresPerAccountAndAddress", 5);
        var window = TimeSpan.FromMinutes(configuration.GetValue("Login:FailureWindowMinutes", 15));
        var attempts = configuration.GetValue("Login:AttemptsPerAddressPerMinute", 30);
        FailureWindow = window;
        _failures = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetSlidingWindowLimiter(key, _ =>
            new SlidingWindowRateLimiterOptions { PermitLimit = failures, Window = window, SegmentsPerWindow = 15, QueueLimit = 0 }));
        _attempts = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetSlidingWindowLimiter(key, _ =>
            new SlidingWindowRateLimiterOptions { PermitLimit = attempts, Window = TimeSpan.FromMinutes(1), SegmentsPerWindow = 6, QueueLimit = 0 }));
    }

    public TimeSpan FailureWindow { get; }

    /// <summary>Whether this attempt may go on; it counts against the address.</summary>
    public bool TryEnter(string account, IPAddress? address)
    {
        using var attempt = _attempts.AttemptAcquire(AddressKey(address));
        if (!attempt.IsAcquired)
        {
            return false;
        }
        // Asking for no permit only tells whether any is left: failures are counted by Failed.
        using var room = _failures.AttemptAcquire(FailureKey(account, address), 0);
        return room.IsAcquired;
    }

    public void Failed(string account, IPAddress? address)
    {
        using var _ = _failures.AttemptAcquire(FailureKey(account, address));
    }

    private static string AddressKey(IPAddress? address) => address?.ToString() ?? "-";

    private static string FailureKey(string account, IPAddress? address) => account.Trim().ToUpperInvariant() + "|" + AddressKey(address);

    public void Dispose()
    {
        _failures.Dispose();
        _attempts.Dispose();
    }
}
