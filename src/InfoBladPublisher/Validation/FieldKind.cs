namespace InfoBladPublisher.Validation;

public enum FieldKind
{
    Text,
    Date,
    WholeNumber,
    Boolean,
    TextList,
    TextMap,
    MappingList,
}
