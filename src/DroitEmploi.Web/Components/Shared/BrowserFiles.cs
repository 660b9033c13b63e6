using DroitEmploi.Core.Common.Files;
using Microsoft.JSInterop;

namespace DroitEmploi.Web.Components.Shared;

/// <summary>Hands a file the server made to the browser, which saves it.</summary>
public sealed class BrowserFiles(IJSRuntime js)
{
    public async Task SaveAsync(ExportedFile file)
    {
        using var stream = new MemoryStream(file.Content);
        using var reference = new DotNetStreamReference(stream);
        await js.InvokeVoidAsync("droitEmploi.download", file.FileName, file.ContentType, reference);
    }

    public Task PrintAsync() => js.InvokeVoidAsync("droitEmploi.print").AsTask();
}
