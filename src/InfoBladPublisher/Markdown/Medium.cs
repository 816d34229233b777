namespace InfoBladPublisher.Markdown;

/// <summary>Where the HTML goes: the paged-media engine (notes float to the page foot) or the web page (notes as a list).</summary>
internal enum Medium
{
    Print,
    Web,
}
