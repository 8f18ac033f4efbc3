"""A document's numbers as the pages print them."""

from collections.abc import Sequence


def numberings_printed(numberings: Sequence[str]) -> list[str]:
    """Each item's number as printed in a list of items (a plan's goals): not again where the
    item before it has the same one. Items a document leaves unnumbered carry the number of
    the part they stand in (二、总体目标, then 创新体制初步建立。产业体系初具雏形。…, all at 二、);
    printed before each, it would read as their own. The document prints it once: so do we."""
    return [n if i == 0 or n != numberings[i - 1] else "" for i, n in enumerate(numberings)]
