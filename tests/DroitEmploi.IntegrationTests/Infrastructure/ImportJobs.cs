using System.Net;
using System.Net.Http.Headers;
using DroitEmploi.Core.Features.People;

namespace DroitEmploi.IntegrationTests.Infrastructure;

/// <summary>An import as a client makes it: upload (202 and a job), then follow the job until it ends.</summary>
public static class ImportJobs
{
    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, int territoryId, byte[] bytes, string fileName, bool dryRun)
    {
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(file, "file", fileName);
        return await client.PostAsync($"/api/v1/territories/{territoryId}/people/import?dryRun={dryRun}", content);
    }

    public static async Task<PeopleImportJobView> QueueAsync(HttpClient client, int territoryId, byte[] bytes, string fileName, bool dryRun)
    {
        var response = await UploadAsync(client, territoryId, bytes, fileName, dryRun);
        var job = await response.OkAsync<PeopleImportJobView>(HttpStatusCode.Accepted);
        Assert.Equal($"/api/v1/territories/{territoryId}/people/imports/{job.Id}", response.Headers.Location?.OriginalString);
        return job;
    }

    public static async Task<PeopleImportJobView> GetAsync(HttpClient client, int territoryId, int jobId) =>
        await (await client.GetAsync($"/api/v1/territories/{territoryId}/people/imports/{jobId}")).OkAsync<PeopleImportJobView>();

    /// <summary>Polls until the job has ended (two minutes at most, far beyond any import here).</summary>
    public static async Task<PeopleImportJobView> WaitAsync(HttpClient client, int territoryId, int jobId)
    {
        for (var attempt = 0; attempt < 1200; attempt++)
        {
            var job = await GetAsync(client, territoryId, jobId);
            if (job.IsOver)
            {
                return job;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"Import {jobId} did not end.");
    }

    /// <summary>Uploads, waits, and returns the report of a job that must have succeeded.</summary>
    public static async Task<ImportReport> RunAsync(HttpClient client, int territoryId, byte[] bytes, string fileName, bool dryRun)
    {
        var queued = await QueueAsync(client, territoryId, bytes, fileName, dryRun);
        var ended = await WaitAsync(client, territoryId, queued.Id);
        Assert.True(ended.Status == ImportJobStatus.Succeeded, ended.Message);
        return ended.Report!;
    }
}
