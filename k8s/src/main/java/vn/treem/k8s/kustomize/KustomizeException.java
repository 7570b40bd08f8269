package vn.treem.k8s.kustomize;

/** A kustomization this renderer cannot render: invalid, or outside the supported subset. */
public class KustomizeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public KustomizeException(String message) {
        super(message);
    }
}
