using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using OmsHandbook.Theme.Layouts;
using OmsHandbook.Theme.Models;

namespace OmsHandbook.Theme;

/// <summary>Renders page views to HTML through the Razor layouts, outside any web server.</summary>
public sealed class ThemeRenderer : IAsyncDisposable
{
    // The renderer takes its encoder from the services: allow every script so pages carry plain
    // UTF-8 ("–", "é") rather than numeric escapes; markup characters are still escaped.
    private readonly ServiceProvider services = new ServiceCollection()
        .AddSingleton(HtmlEncoder.Create(UnicodeRanges.All))
        .BuildServiceProvider();
    private readonly HtmlRenderer renderer;

    public ThemeRenderer() => renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);

    public Task<string> RenderAsync(PageView view) =>
        renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(PageLayout.View)] = view });
            var output = await renderer.RenderComponentAsync<PageLayout>(parameters);
            return output.ToHtmlString();
        });

    public async ValueTask DisposeAsync()
    {
        await renderer.DisposeAsync();
        await services.DisposeAsync();
    }
}
