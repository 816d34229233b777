namespace InfoBladPublisher.Layout;

/// <summary>What may stand in an area of page furniture.</summary>
internal enum FurnitureHolds
{
    /// <summary>Nothing but the furniture's drawing (the lint).</summary>
    Nothing,

    /// <summary>The layout's own tagged text (the woordmerk in the letterhead).</summary>
    LayoutText,

    /// <summary>The layout's own artifact text (the running colofon).</summary>
    Furniture,
}

/// <summary>An area of page furniture a layout declares (<c>#metadata(…) &lt;meubilair&gt;</c>), in pt from the sheet's top left.</summary>
/// <param name="FirstPage">On page 1 only; otherwise on every later page.</param>
internal sealed record FurnitureArea(string Name, bool FirstPage, FurnitureHolds Holds, double X, double Y, double Width, double Height)
{
    public bool IsOn(int pageIndex) => FirstPage == (pageIndex == 0);
}

/// <summary>An area of furniture on one page, in CSS px as the rules measure.</summary>
internal sealed record FurnitureFacts(string Name, FurnitureHolds Holds, Box Box);
