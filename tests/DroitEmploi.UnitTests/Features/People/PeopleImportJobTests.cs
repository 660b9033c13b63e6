using DroitEmploi.Core.Common;
using DroitEmploi.Core.Features.People;

namespace DroitEmploi.UnitTests.Features.People;

public sealed class PeopleImportJobTests
{
    private static readonly DateTime Now = new(2026, 11, 26, 9, 0, 0, DateTimeKind.Utc);

    private static PeopleImportJob Running()
    {
        var job = PeopleImportJob.Queue(1, "liste.csv", [1, 2, 3], dryRun: false, "cle@territoire.fr", Now);
        job.Start(Now);
        return job;
    }

    [Fact]
    public void A_job_is_taken_once_and_its_progress_never_goes_back_nor_reaches_100_before_the_end()
    {
        var job = Running();
        Assert.Equal((ImportJobStatus.Running, 1), (job.Status, job.Attempts));
        Assert.Throws<BusinessRuleException>(() => job.Start(Now));

        job.Advance(ImportStage.Writing, 60, Now, rowsWritten: 6_000);
        job.Advance(ImportStage.Writing, 40, Now);
        Assert.Equal(60, job.Progress);
        job.Advance(ImportStage.Finishing, 120, Now);
        Assert.Equal(99, job.Progress);

        job.Succeed("{}", "Import terminé.", Now);
        Assert.Equal((100, ImportStage.Done), (job.Progress, job.Stage));
        Assert.Null(job.Content);
    }

    [Fact]
    public void Cancelling_drops_the_file_and_an_ended_job_cannot_be_cancelled()
    {
        var job = Running();
        job.Cancel("Karim", Now);
        Assert.Equal(ImportJobStatus.Cancelled, job.Status);
        Assert.Null(job.Content);
        Assert.Contains("Karim", job.Message, StringComparison.Ordinal);
        Assert.Contains("déjà annulé", Assert.Throws<BusinessRuleException>(() => job.Cancel("Karim", Now)).Message, StringComparison.Ordinal);

        var done = Running();
        done.Succeed("{}", "Import terminé.", Now);
        Assert.Contains("terminé", Assert.Throws<BusinessRuleException>(() => done.Cancel("Karim", Now)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_job_whose_server_stopped_starts_again_twice_then_fails()
    {
        var job = Running();
        Assert.False(job.IsStale(Now.AddSeconds(10), TimeSpan.FromSeconds(30)));
        Assert.True(job.IsStale(Now.AddSeconds(31), TimeSpan.FromSeconds(30)));

        job.Interrupt(Now);
        Assert.Equal((ImportJobStatus.Queued, 0), (job.Status, job.RowsWritten));
        job.Start(Now);
        job.Interrupt(Now);
        job.Start(Now);
        Assert.Equal(PeopleImportJob.MaxAttempts, job.Attempts);
        job.Interrupt(Now);
        Assert.Equal(ImportJobStatus.Failed, job.Status);
        Assert.Contains("interrompu 3 fois", job.Message, StringComparison.Ordinal);
        Assert.Null(job.Content);
    }
}
