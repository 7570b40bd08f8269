package vn.treem.cases.child;

import java.util.EnumSet;
import java.util.Set;

/**
 * The 14 groups of children in special circumstances (Law on Children 102/2016/QH13, Art. 10.1, letters a to o). The
 * codes G01–G14 are Treem's; Decree 56/2017 splits groups into sub-groups, kept as a free second level.
 */
public enum SpecialCircumstance {

    G01("a"), G02("b"), G03("c"), G04("d"), G05("đ"), G06("e"), G07("g"), G08("h"), G09("i"), G10("k"), G11("l"), G12(
            "m"), G13("n"), G14("o");

    /** Sexually abused (G11) and trafficked (G12) children: visible only to assigned workers and approvers. */
    public static final Set<SpecialCircumstance> RESTRICTED = EnumSet.of(G11, G12);

    private final String letter;

    SpecialCircumstance(String letter) {
        this.letter = letter;
    }

    /** The letter of Art. 10.1 of the Law on Children. */
    public String letter() {
        return letter;
    }
}
