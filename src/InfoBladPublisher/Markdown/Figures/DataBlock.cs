using InfoBladPublisher.Data;
using Markdig.Parsers;
using Markdig.Syntax;

namespace InfoBladPublisher.Markdown.Figures;

internal enum DataBlockKind
{
    Tabel,
    Grafiek,
}

/// <summary><c>::tabel[dataset]</c> or <c>::grafiek[dataset]{soort=staaf}</c> on a line of its own.</summary>
internal sealed class DataBlock : LeafBlock
{
    public DataBlock(BlockParser parser, DataBlockKind kind, string datasetId, IReadOnlyDictionary<string, string> options)
        : base(parser)
    {
        Kind = kind;
        DatasetId = datasetId;
        Options = options;
    }

    public DataBlockKind Kind { get; }

    public string DatasetId { get; }

    public IReadOnlyDictionary<string, string> Options { get; }

    /// <summary>Set by the resolver: the dataset, the number in the caption, and for a chart what it shows.</summary>
    public Dataset? Dataset { get; internal set; }

    public int Number { get; internal set; }

    public ChartRequest? Chart { get; internal set; }

    /// <summary>Set when the body is rendered (<c>Rendering/Body/ChartDrawer</c>): the finished SVG.</summary>
    public string? Svg { get; internal set; }

    /// <summary>The numeric columns a chart shows, each with its colour for the legend.</summary>
    public IReadOnlyList<(DatasetColumn Column, string Colour)> Series { get; internal set; } = [];
}
