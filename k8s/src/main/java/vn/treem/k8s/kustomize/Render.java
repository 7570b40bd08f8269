package vn.treem.k8s.kustomize;

import java.nio.file.Path;

/** Prints what a kustomization renders (multi-document YAML), like {@code kubectl kustomize DIR}. */
public final class Render {

    private Render() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: Render <kustomization directory>");
            System.exit(2);
        }
        System.out.print(Kustomize.renderYaml(Path.of(args[0])));
    }
}
