package vn.treem.k8s.kustomize;

/** Package-private parts of the renderer, for the tests. */
public final class KustomizeTestAccess {

    private KustomizeTestAccess() {
    }

    public static String imageName(String ref) {
        return Kustomize.imageName(ref);
    }
}
