from fundmatch.cli import main

main()
