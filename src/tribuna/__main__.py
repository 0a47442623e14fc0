from tribuna.cli import main

main()
