"""``python -m kg.cli``: the `kg` command."""

from kg.cli import main

if __name__ == "__main__":  # importing the module (pkgutil.walk_packages, docs tools) runs nothing
    main()
