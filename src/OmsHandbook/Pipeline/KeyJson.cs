using System.Text.Json.Serialization;
using OmsHandbook.Content;
using OmsHandbook.Theme.Models;

namespace OmsHandbook.Pipeline;

/// <summary>
/// The records the preview's memo keys are written from, serialised by generated code rather than
/// reflection, so the generator also runs ahead-of-time compiled (docs/performance.md).
/// </summary>
[JsonSerializable(typeof(IReadOnlyList<Reference>))]
[JsonSerializable(typeof(UrgencyScale))]
[JsonSerializable(typeof(SiteConfig))]
[JsonSerializable(typeof(SiteChrome))]
internal sealed partial class KeyJson : JsonSerializerContext;
